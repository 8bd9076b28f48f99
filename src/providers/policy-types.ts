import type { ProviderPolicy } from '../model.js'
import type { ServerTemplate } from './clientconfig-xml.js'

/**
 * What we know about one provider beyond its server names: the policy shown to users
 * (ProviderPolicy, the API's shape) plus how to recognise the provider.
 */
export interface ProviderKnowledge {
  policy: ProviderPolicy
  /** The provider's own address domains (a custom domain is recognised by host or MX). */
  emailDomains: string[]
  /** ISPDB file ids (catalog provider ids) that are this provider. */
  ispdbIds: string[]
  /** Server host names or parent domains that mean this provider ("gmail.com" matches imap.gmail.com). */
  hosts: string[]
  /** MX host names or parent domains that mean this provider. */
  mx: string[]
  /** Settings the ISPDB lacks (Proton Bridge runs on the user's own computer). */
  servers?: { incoming: ServerTemplate[]; outgoing: ServerTemplate[] }
}
