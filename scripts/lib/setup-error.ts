/** A condition the person at the terminal can fix, told in one line (printed without a stack trace). */
export class SetupError extends Error {}
