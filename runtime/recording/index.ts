export { SessionRecorder, SessionRecording, RecordingError, type RecorderOptions } from "./recorder.js";
export { toAsciicast, parseAsciicast, type AsciicastHeader } from "./asciicast.js";
