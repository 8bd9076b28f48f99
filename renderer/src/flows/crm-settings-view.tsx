// The settings a CRM form asks for, in its order, each with a Copy button and one line on
// what it is. Addresses and usernames are masked on screen in privacy mode; Copy copies
// the real value.
import { CopyField, PlainField } from '../components/copy-field.js'
import { crmFields, type CrmSettings } from './crm-fields.js'

export function CrmSettingsView({ settings }: { settings: CrmSettings }) {
  const fields = crmFields(settings)
  return (
    <ol className="crm-fields">
      {fields.map((field) => (
        <li key={field.key} className="crm-field" data-field={field.key}>
          {field.copyable ? (
            <CopyField
              label={field.label}
              value={field.value}
              {...(field.sensitive ? { sensitive: field.key === 'email' ? ('email' as const) : ('username' as const) } : {})}
            />
          ) : (
            <PlainField label={field.label}>
              <strong className="switch-value">{field.value}</strong>
            </PlainField>
          )}
          <p className="field-help">{field.hint}</p>
          {field.note ? <p className="field-warning">{field.note}</p> : null}
        </li>
      ))}
    </ol>
  )
}
