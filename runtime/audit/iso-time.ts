// ISO-8601 text of millisecond times (UTC), the one timestamp format of records and recordings.
// Under load many events fall in one millisecond; they share the text formatted for the first.

export class IsoTime {
  private ms = NaN;
  private iso = "";

  format(ms: number): string {
    if (ms !== this.ms) {
      this.ms = ms;
      this.iso = new Date(ms).toISOString();
    }
    return this.iso;
  }
}
