/** Realm roles, each including the ones before it (deploy/keycloak/realm-motiv.json: composites). */
export const ROLES = ['viewer', 'analyst', 'steward', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What the signed-in user may do; Studio offers only these actions (the services decide again on every call). */
export interface Capabilities {
  readonly readSegments: boolean;
  readonly runSegmentations: boolean;
  readonly renameSegments: boolean;
  readonly readPurchases: boolean;
  readonly readPersonalData: boolean;
  readonly eraseCustomers: boolean;
  readonly manageSurveys: boolean;
}

export function capabilitiesOf(roles: readonly string[]): Capabilities {
  const has = (role: Role) => roles.includes(role);
  return {
    readSegments: has('viewer') || has('analyst') || has('steward') || has('admin'),
    runSegmentations: has('analyst') || has('admin'),
    renameSegments: has('analyst') || has('admin'),
    readPurchases: has('analyst') || has('admin'),
    readPersonalData: has('steward') || has('admin'),
    eraseCustomers: has('steward') || has('admin'),
    manageSurveys: has('analyst') || has('admin'),
  };
}

/** The highest realm role of the user, for display. */
export function mainRole(roles: readonly string[]): Role | null {
  for (let i = ROLES.length - 1; i >= 0; i--) if (roles.includes(ROLES[i])) return ROLES[i];
  return null;
}

/** realm_access.roles of a JWT access token (not verified here: display and offering actions only). */
export function rolesFromAccessToken(token: string): string[] {
  const part = token.split('.')[1];
  if (!part) return [];
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const payload = JSON.parse(json) as { realm_access?: { roles?: unknown } };
    const roles = payload.realm_access?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}
