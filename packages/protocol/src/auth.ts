import { roles } from '@minutes/permissions'
import { z } from 'zod'
import { minPasswordLength } from './limits'
import { requestBody } from './requestBody'

const maxPasswordLength = 256
const maxNameLength = 100
const maxEmailLength = 254

/** A required text field: one message when it is missing or blank, another when it is not text. */
const requiredText = (field: string, missing: string) =>
  z
    .string({ error: (issue) => (issue.input == null ? missing : `The ${field} must be text.`) })
    .trim()
    .min(1, missing)

const accountFields = {
  name: requiredText('name', 'Give the name people will see on your edits.').max(
    maxNameLength,
    `The name is longer than ${maxNameLength} characters.`,
  ),
  email: requiredText('email', 'Give the email address you will sign in with.')
    .max(maxEmailLength, {
      error: `The email address is longer than ${maxEmailLength} characters.`,
      abort: true,
    })
    .refine((email) => /^[^\s@]+@[^\s@]+$/.test(email), {
      error: (issue) => `"${String(issue.input)}" is not an email address.`,
    }),
  password: z
    .string({ error: 'Choose a password.' })
    .refine((password) => [...password].length >= minPasswordLength, {
      error: `Choose a password of at least ${minPasswordLength} characters.`,
      abort: true,
    })
    .max(maxPasswordLength, `Choose a password of at most ${maxPasswordLength} characters.`),
}

const passwordIsNotEmail = {
  error: 'Choose a password other than your email address.',
  path: ['password'],
}
const isNotEmail = ({ email, password }: { email: string; password: string }) =>
  password.trim().toLowerCase() !== email.toLowerCase()

/** A secretariat account as `npm run minutes -- create-user` makes it. */
export const NewAccount = requestBody(accountFields).refine(isNotEmail, passwordIsNotEmail)
export type NewAccount = z.input<typeof NewAccount>

/** `POST /api/auth/setup`: the first account, with the token of the printed setup link. */
export const SetupInput = requestBody({
  token: requiredText('token', 'Open the setup link exactly as the server printed it.'),
  ...accountFields,
}).refine(isNotEmail, passwordIsNotEmail)
export type SetupInput = z.input<typeof SetupInput>

const signInMessage = 'Give your email address and password.'

/** `POST /api/auth/sign-in`. */
export const SignInInput = requestBody({
  email: z.string({ error: signInMessage }).refine((email) => email.trim() !== '', signInMessage),
  password: z.string({ error: signInMessage }),
})
export type SignInInput = z.input<typeof SignInInput>

/** Who the server says is using this browser; no ids of accounts or invitations. */
export const Principal = z.strictObject({
  name: z.string(),
  color: z.string(),
  /** `admin` is the server's automation token; an invitation opens one document only. */
  kind: z.enum(['account', 'admin', 'invitation']),
  /** For invitations: the one document they open. */
  documentId: z.string().optional(),
})
export type Principal = z.output<typeof Principal>

/** The answer to a sign-in or a setup. */
export const SignedIn = z.strictObject({ principal: Principal })
export type SignedIn = z.output<typeof SignedIn>

/** `GET /api/auth/me[?documentId=]`: `access` only when a document was asked about; null: none. */
export const MeResponse = z.strictObject({
  principal: Principal,
  access: z
    .strictObject({ role: z.enum(roles), speakerId: z.string().optional() })
    .nullable()
    .optional(),
  /** With access to a document: the id this person's comments carry in it. */
  commenterId: z.string().optional(),
})
export type MeResponse = z.output<typeof MeResponse>
