/** A token was refused. The message is safe to show the client (it never echoes the token). */
export class IdentityError extends Error {}
