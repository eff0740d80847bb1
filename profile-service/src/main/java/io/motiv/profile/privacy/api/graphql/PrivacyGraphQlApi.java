package io.motiv.profile.privacy.api.graphql;

import io.motiv.profile.privacy.service.PrivacyService;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.UUID;

@GraphQLApi
public class PrivacyGraphQlApi {

    private final PrivacyService privacy;
    private final SecurityIdentity identity;

    public PrivacyGraphQlApi(PrivacyService privacy, SecurityIdentity identity) {
        this.privacy = privacy;
        this.identity = identity;
    }

    @Query("exportCustomerData")
    @Description("Everything profile-service holds on the customer, as a JSON document (GDPR access and portability).")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<CustomerDataExport> exportCustomerData(@NonNull @Id String id) {
        String actor = identity.getPrincipal().getName();
        // Root fields of one request run concurrently (the gateway batches them): each gets its own session.
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(customerId -> Isolated.onOwnContext(() -> privacy.export(customerId, actor)))
                .map(document -> new CustomerDataExport(id, PrivacyService.EXPORT_FORMAT, document));
    }

    @Mutation("eraseCustomer")
    @Description("Erases the customer (GDPR art. 17): profile, consents and behaviour deleted, purchases unlinked, CustomerErased published so every service deletes its data. Erasing again is harmless.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<Erasure> eraseCustomer(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(customerId -> privacy.erase(customerId, identity.getPrincipal().getName()))
                .map(record -> new Erasure(record.customerId.toString(), record.erasedAt));
    }

    @Name("CustomerDataExport")
    public record CustomerDataExport(@Id @NonNull String customerId, @NonNull String format,
                                     @Description("The JSON document") @NonNull String json) {
    }

    @Name("Erasure")
    public record Erasure(@Id @NonNull String customerId, @NonNull Instant erasedAt) {
    }
}
