import { fieldLabel } from '../labels';
import { AUDIENCE_WORDS } from './audience-words';
import { POLICY_AUDIENCES, type Draft, type PolicyAudience } from './policy-draft';

interface Props {
  fields: readonly string[];
  draft: Draft;
  onToggle(audience: PolicyAudience, field: string): void;
  disabled: boolean;
}

/**
 * The release policy as an audience × field matrix of checkboxes. The own country's column is
 * shown ticked and fixed: OWN always receives every field (docs/ARCHITECTURE.md §6.3).
 */
export function PolicyMatrix({ fields, draft, onToggle, disabled }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Release policy matrix" tabIndex={0}>
      <table className="policy-matrix">
        <caption>
          Which fields of an expert each audience receives. Your own country's officials always
          receive every field.
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{AUDIENCE_WORDS.OWN}</th>
            {POLICY_AUDIENCES.map((a) => (
              <th scope="col" key={a}>
                {AUDIENCE_WORDS[a]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{fieldLabel(field)}</th>
              <td>
                <input
                  type="checkbox"
                  checked
                  disabled
                  aria-label={`${AUDIENCE_WORDS.OWN} always receives ${fieldLabel(field)}`}
                />
              </td>
              {POLICY_AUDIENCES.map((audience) => (
                <td key={audience}>
                  <input
                    type="checkbox"
                    checked={draft[audience].includes(field)}
                    disabled={disabled}
                    onChange={() => onToggle(audience, field)}
                    aria-label={`Release ${fieldLabel(field)} to ${AUDIENCE_WORDS[audience]}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
