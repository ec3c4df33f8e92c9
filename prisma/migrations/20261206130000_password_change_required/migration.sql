-- A password set by an administrator (a new account, a reset) must be changed at the first sign-in.
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
