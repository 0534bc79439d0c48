import type { ReleasePreviewQuery } from '../generated/graphql';
import { fieldLabel } from '../labels';
import { AUDIENCE_WORDS } from './audience-words';
import { previewValue } from './preview-values';

type AudiencePreview = ReleasePreviewQuery['releasePreview']['audiences'][number];

/**
 * What each audience would receive of one record, exactly as the server resolved it for that
 * audience under the policy previewed (releasePreview): a released field with its value, a
 * withheld one named as withheld, and nothing at all for an audience the expert gave no consent.
 */
export function PreviewPanel({
  previews,
  fields,
}: {
  previews: readonly AudiencePreview[];
  fields: readonly string[];
}) {
  return (
    <div className="preview-grid">
      {previews.map((p) => {
        const withheld = new Set(p.expert?.withheldFields ?? p.withheld);
        const who = AUDIENCE_WORDS[p.audience];
        return (
          <section
            key={p.audience}
            className="preview-card"
            aria-label={`What ${who} would receive`}
            data-testid={`preview-${p.audience}`}
          >
            <h4>{who}</h4>
            {!p.visible || !p.expert ? (
              <p className="notice notice-warning" data-testid="preview-invisible">
                This expert has not consented to be shown to {who.toLowerCase()}: they receive
                nothing about them. With consent they would receive{' '}
                {p.released.map(fieldLabel).join(', ') || 'no field'}.
              </p>
            ) : (
              <dl className="preview-fields">
                {fields.map((field) => {
                  const state = withheld.has(field) ? 'withheld' : 'released';
                  const value = state === 'released' ? previewValue(p.expert!, field) : null;
                  return (
                    <div key={field} data-field={field} data-state={state}>
                      <dt>{fieldLabel(field)}</dt>
                      <dd className={state === 'withheld' ? 'withheld' : undefined}>
                        {state === 'withheld' ? 'Withheld' : (value ?? 'empty')}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
