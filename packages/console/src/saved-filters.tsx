/** The member's saved ticket filters: pick one to apply it, save the current filter under a name, delete one. */
import type { SavedFilterView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from './desk-context.js';
import { NO_FILTER, type TicketFilter } from './ticket-filters.js';
import { useLoad } from './use-load.js';

const PATH = '/v1/desk/saved-filters';

/** Only the set fields are saved; defaults are left out. */
function savedFields(filter: TicketFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([key, value]) => value !== '' && value !== NO_FILTER[key as keyof TicketFilter],
    ),
  );
}

/** The same filter, whatever the order of its fields. */
const same = (left: Record<string, unknown>, right: Record<string, unknown>) =>
  JSON.stringify(Object.entries(left).sort()) === JSON.stringify(Object.entries(right).sort());

export function SavedFilters({
  filter,
  onApply,
}: {
  filter: TicketFilter;
  onApply(filter: TicketFilter): void;
}) {
  const desk = useDesk();
  const loaded = useLoad(() => desk.api.call<{ data: SavedFilterView[] }>('GET', PATH), []);
  const saved = loaded.data?.data ?? [];
  const [chosen, setChosen] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  // Changing the filter by hand leaves the saved one: the picker says so.
  const shown = saved.find((item) => item.id === chosen && same(item.filter, savedFields(filter)))?.id ?? '';

  async function save(event: Event) {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      const { data } = await desk.api.call<{ data: SavedFilterView }>('POST', PATH, {
        name: name.trim(),
        filter: savedFields(filter),
      });
      setNote(`Saved “${data.name}”.`);
      setChosen(data.id);
      setNaming(false);
      setName('');
      loaded.reload();
    } catch (error) {
      setNote(desk.fail(error));
    }
  }

  async function remove() {
    const filterToGo = saved.find((item) => item.id === shown);
    if (!filterToGo) return;
    try {
      await desk.api.call('DELETE', `${PATH}/${encodeURIComponent(filterToGo.id)}`);
      setNote(`Deleted “${filterToGo.name}”.`);
      setChosen('');
      loaded.reload();
    } catch (error) {
      setNote(desk.fail(error));
    }
  }

  return (
    <div class="saved-filters">
      <label>
        Saved filters
        <select
          value={shown}
          onChange={(event) => {
            const id = event.currentTarget.value;
            setChosen(id);
            const picked = saved.find((item) => item.id === id);
            if (picked) onApply({ ...NO_FILTER, ...(picked.filter as Partial<TicketFilter>) });
          }}
        >
          <option value="">{saved.length ? 'Choose…' : 'None saved yet'}</option>
          {saved.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      {shown && (
        <button type="button" onClick={remove}>
          Delete saved filter
        </button>
      )}
      {naming ? (
        <form class="row" onSubmit={save} aria-label="Save this filter">
          <label>
            Name
            <input
              type="text"
              value={name}
              maxLength={80}
              required
              ref={(input) => {
                if (input && !input.dataset.focused) {
                  input.dataset.focused = 'yes';
                  input.focus();
                }
              }}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)}>
          Save this filter…
        </button>
      )}
      <span role="status">{note}</span>
    </div>
  );
}
