package io.motiv.profile.customer.api.graphql;

import io.motiv.profile.audit.service.AuditLog;
import io.motiv.service.api.ForbiddenException;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The personal fields of Person and Location. Each resolves only for stewards and admins (others get null and a
 * FORBIDDEN error for that field, the rest of the result intact), and each read is written to the audit log before
 * the value is returned, so no personal value leaves the service unrecorded.
 */
@GraphQLApi
public class PersonalDataGraphQlApi {

    private final AuditLog audit;
    private final SecurityIdentity identity;

    public PersonalDataGraphQlApi(AuditLog audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    public Uni<String> name(@Source ProfileViews.PersonView person) {
        return audited(person.customerId(), "person.name", person.name());
    }

    public Uni<String> email(@Source ProfileViews.PersonView person) {
        return audited(person.customerId(), "person.email", person.email());
    }

    public Uni<String> phone(@Source ProfileViews.PersonView person) {
        return audited(person.customerId(), "person.phone", person.phone());
    }

    public Uni<LocalDate> birthDate(@Source ProfileViews.PersonView person) {
        return audited(person.customerId(), "person.birthDate", person.birthDate());
    }

    public Uni<String> postalCode(@Source ProfileViews.LocationView location) {
        return audited(location.customerId(), "location.postalCode", location.postalCode());
    }

    private <T> Uni<T> audited(String customerId, String field, T value) {
        if (!identity.hasRole(Roles.STEWARD) && !identity.hasRole(Roles.ADMIN)) {
            return Uni.createFrom().failure(new ForbiddenException(field + " is personal data: only stewards and admins may read it"));
        }
        String actor = identity.getPrincipal().getName();
        return Isolated.onOwnContext(() -> audit.recordRead(actor, UUID.fromString(customerId), List.of(field)))
                .replaceWith(value);
    }
}
