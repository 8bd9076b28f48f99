// Some providers keep IMAP switched off until the user turns it on (GMX, WEB.DE, Zoho ...;
// ProviderPolicy.enableImapUrl): say so before the user tries to log in, with the provider's
// own page, because a login fails then even with the right password.
import type { ProviderPolicy } from '../../../src/model.js'
import { isAllowedHelpUrl } from '../../../src/diagnose/help-links.js'
import { HelpLink } from '../components/help-link.js'
import { enableImapText } from '../text/flows.js'

export function EnableImapNotice({ policy }: { policy: ProviderPolicy | null }) {
  const url = policy?.offersImap ? policy.enableImapUrl : undefined
  if (!policy || !url || !isAllowedHelpUrl(url)) return null
  return (
    <div className="notice notice-info enable-imap">
      <p>{enableImapText.text(policy.name)}</p>
      <p>
        <HelpLink url={url} label={enableImapText.open(policy.name)} />
      </p>
    </div>
  )
}
