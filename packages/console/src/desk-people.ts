/** Who works the desk: the signed-in person's id (`me`), the members and the groups, loaded once per sign-in. */
import { useEffect, useState } from 'preact/hooks';
import type { Api } from './api.js';
import { useDesk } from './desk-context.js';

export interface DeskPeople {
  /** The member id of the signed-in person (the token id for a token without a member). */
  me: string;
  members: { id: string; name: string }[];
  groups: { id: string; name: string }[];
  /** False when the role may not list groups: a group id missing from `groups` may still exist. */
  groupsListed: boolean;
  /** False until the lists have arrived. */
  loaded: boolean;
}

const EMPTY: DeskPeople = { me: '', members: [], groups: [], groupsListed: false, loaded: false };
const cache = new WeakMap<Api, Promise<DeskPeople>>();

type Listed = { data: { id: string; name: string; email?: string }[] };

async function load(api: Api): Promise<DeskPeople> {
  // A role that may not list members or groups still works the desk: those lists stay empty.
  const [me, members, groups] = await Promise.all([
    api.call<{ data: { token: { id: string }; member: { id: string } | null } }>('GET', '/v1/me'),
    api.call<Listed>('GET', '/v1/members').catch((): Listed => ({ data: [] })),
    api.call<Listed>('GET', '/v1/groups').catch(() => undefined),
  ]);
  return {
    me: me.data.member?.id ?? me.data.token.id,
    members: members.data.map((member) => ({
      id: member.id,
      name: member.name || member.email || member.id,
    })),
    groups: (groups?.data ?? []).map((group) => ({ id: group.id, name: group.name })),
    groupsListed: groups !== undefined,
    loaded: true,
  };
}

/** The groups as the server has them now (the people are loaded once per sign-in, groups change). */
export async function listGroups(api: Api): Promise<{ id: string; name: string }[]> {
  const listed = await api.call<Listed>('GET', '/v1/groups');
  return listed.data.map((group) => ({ id: group.id, name: group.name }));
}

/** How a group id the list does not have is shown: a listed workspace has no such group any more. */
export function missingGroupName(people: DeskPeople): string {
  if (!people.loaded) return '…';
  return people.groupsListed ? '(deleted group)' : '(a group you cannot see)';
}

/** The desk's people; empty lists until loaded. */
export function useDeskPeople(): DeskPeople {
  const { api } = useDesk();
  const [people, setPeople] = useState(EMPTY);
  useEffect(() => {
    let promise = cache.get(api);
    if (!promise) {
      promise = load(api);
      cache.set(api, promise);
      promise.catch(() => cache.delete(api));
    }
    let current = true;
    promise.then(
      (loaded) => current && setPeople(loaded),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api]);
  return people;
}

/** A name for an assignee: the member's name, "me", or the stored text (assigned elsewhere). */
export function assigneeName(people: DeskPeople, assignee: string | null | undefined): string {
  if (!assignee) return '—';
  const member = people.members.find((each) => each.id === assignee);
  if (member) return member.name;
  return assignee === people.me ? 'Me' : assignee;
}
