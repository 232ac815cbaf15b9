import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "invalid_email" }).max(254, { message: "invalid_email" }));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: "password_too_short" })
  .max(MAX_PASSWORD_LENGTH, { message: "password_too_long" });

export const signUpSchema = z.object({
  name: z.string().trim().max(100).optional().default(""),
  email: emailSchema,
  password: passwordSchema,
});

export const logInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(MAX_PASSWORD_LENGTH),
});
