// The tone check's rules, each on or off, with the wording it catches and
// what to write instead.
import type { ToneCategory, ToneRuleInfo } from '../../core/tone';
import type { Settings } from '../../shared/settings';

const GROUPS: { category: ToneCategory; title: string; intro: string }[] = [
  { category: 'passive', title: 'Empty check-ins', intro: 'Follow-ups that bring nothing new and ask for nothing.' },
  { category: 'scolding', title: 'Scolding', intro: 'Reminders of what they have not done yet.' },
  { category: 'breakup', title: 'Break-ups', intro: 'Bitter, desperate or final wording, often written on a bad day.' },
];

export function ToneRulesSection({ rules, settings, onChange }: { rules: readonly ToneRuleInfo[]; settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const disabled = new Set(settings.disabledToneRules);
  const set = (id: string, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(id);
    else next.add(id);
    onChange({ disabledToneRules: [...next] });
  };
  return (
    <section class="card" aria-labelledby="tone-title">
      <h2 id="tone-title">Tone check</h2>
      <p class="section-intro">The rules the tone coach and the pre-send warning use. Turn off any you disagree with.</p>
      {GROUPS.map((g) => (
        <div key={g.category} class="rule-group">
          <h3>{g.title}</h3>
          <p class="ft-hint">{g.intro}</p>
          <ul class="rules">
            {rules.filter((r) => r.category === g.category).map((r) => (
              <li key={r.id} class="rule" data-testid={`rule-${r.id}`}>
                <input id={`rule-${r.id}`} type="checkbox" checked={!disabled.has(r.id)} aria-describedby={`rule-${r.id}-about`} onChange={(e) => set(r.id, e.currentTarget.checked)} />
                <div>
                  <label for={`rule-${r.id}`} class="rule-title">{r.title}</label>
                  <div id={`rule-${r.id}-about`}>
                    <p class="rule-description">{r.description}</p>
                    {r.examples.length > 0 && (
                      <p class="rule-examples"><span class="rule-key">Catches: </span>{r.examples.map((x, i) => <span key={i}>{i > 0 ? ' · ' : ''}<q>{x}</q></span>)}</p>
                    )}
                    <p class="rule-better"><span class="rule-key">Instead: </span>{r.better}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
