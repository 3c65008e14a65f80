import { Link } from '../shared/navigation/Link'
import { AuthLayout } from './AuthLayout'

/** Where someone who came by an invitation lands once it has expired or been withdrawn. */
export function InvitationEndedPage() {
  return (
    <AuthLayout title="Your invitation has ended">
      <p>Your invitation link has expired or was withdrawn. Ask the secretariat for a new link.</p>
      <p className="quiet auth-page__aside">
        Secretariat staff: <Link href="/sign-in">sign in with your account</Link>.
      </p>
    </AuthLayout>
  )
}
