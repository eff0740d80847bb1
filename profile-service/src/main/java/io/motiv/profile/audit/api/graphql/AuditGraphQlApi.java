package io.motiv.profile.audit.api.graphql;

import io.motiv.profile.audit.PersonalDataAccess;
import io.motiv.profile.audit.service.AuditLog;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@GraphQLApi
public class AuditGraphQlApi {

    private static final int MAX_PAGE = 200;

    private final AuditLog audit;

    public AuditGraphQlApi(AuditLog audit) {
        this.audit = audit;
    }

    @Query("personalDataAudit")
    @Description("Who read or changed the customer's personal data, newest first.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<List<AuditEntry>> personalDataAudit(@NonNull @Id String customerId, @DefaultValue("50") int first,
                                                   @DefaultValue("0") int offset) {
        if (first < 1 || first > MAX_PAGE || offset < 0) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE + ", offset >= 0"));
        }
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("customerId", customerId)))
                // Root fields of one request run concurrently (the gateway batches them): each gets its own session.
                .chain(id -> Isolated.onOwnContext(() -> audit.entries(id, offset, first)))
                .map(entries -> entries.stream().map(AuditGraphQlApi::toView).toList());
    }

    private static AuditEntry toView(PersonalDataAccess entry) {
        return new AuditEntry(entry.at, entry.actor, entry.action, Arrays.asList(entry.fields.split(",")));
    }

    @Name("PersonalDataAuditEntry")
    public record AuditEntry(@NonNull Instant at, @NonNull String actor, @NonNull PersonalDataAccess.Action action,
                             @NonNull List<@NonNull String> fields) {
    }
}
