export { ApprovalService, approvalKey, type ApprovalServiceOptions, type CreateApprovalInput } from "./service.js";
export { ApprovalError, type ApprovalErrorCode, type Approval, type ApprovalVote, type ApprovalStatus, type ApprovalStore } from "./types.js";
