// Approval requests and their life: pending → approved | denied | expired, approved → used | expired.
export type { Approval, ApprovalVote, ApprovalStore } from "../stores/types.js";
export type { ApprovalStatus } from "../audit/records.js";

export type ApprovalErrorCode =
  | "not-found"
  | "self-approval"
  | "not-an-approver"
  | "not-pending"
  | "already-voted"
  | "expired"
  | "conflict"
  | "not-usable";

export class ApprovalError extends Error {
  constructor(readonly code: ApprovalErrorCode, message: string) {
    super(message);
  }
}
