/** The team: members, groups and API tokens (owners and admins). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from '../desk-context.js';
import { GroupsSection } from './groups-section.js';
import { MembersSection } from './members-section.js';
import { TokensSection } from './tokens-section.js';

export function TeamScreen() {
  const desk = useDesk();
  return (
    <section aria-labelledby="team-heading">
      <h1 id="team-heading">Team</h1>
      <MembersSection />
      <GroupsSection />
      {desk.can('tokens:read') && <TokensSection />}
    </section>
  );
}
