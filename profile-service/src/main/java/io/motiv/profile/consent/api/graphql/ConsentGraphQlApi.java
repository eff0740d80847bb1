package io.motiv.profile.consent.api.graphql;

import io.motiv.profile.consent.mapping.ConsentMapper;
import io.motiv.profile.consent.service.ConsentService;
import io.motiv.profile.customer.api.graphql.CustomerView;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.UUID;

@GraphQLApi
public class ConsentGraphQlApi {

    private final ConsentService consents;

    public ConsentGraphQlApi(ConsentService consents) {
        this.consents = consents;
    }

    @Mutation("recordConsent")
    @Description("Records a consent decision and publishes ConsentChanged. Partners record what their systems collected (e.g. a survey tool's VALUES_SURVEY consent).")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<ConsentView> recordConsent(@NonNull RecordConsentInput input) {
        return Uni.createFrom().item(() -> ConsentMapper.toCommand(input))
                .chain(consents::record)
                .map(ConsentMapper::toView);
    }

    @Mutation("objectToProfiling")
    @Description("Records an objection to profiling (GDPR art. 21): a withdrawal of PROFILING. The customer leaves segmentation runs and tagging.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<ConsentView> objectToProfiling(@NonNull @Id String customerId, @NonNull String source,
                                              @NonNull String legalTextVersion) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("customerId", customerId)))
                .chain(id -> consents.record(ConsentService.objectionToProfiling(id, source, legalTextVersion)))
                .map(ConsentMapper::toView);
    }

    @Description("The current decision per purpose; a purpose never decided is absent, which means no consent.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<List<@NonNull ConsentView>> consents(@Source CustomerView customer) {
        return Isolated.onOwnContext(() -> consents.current(UUID.fromString(customer.id())))
                .map(current -> current.values().stream().map(ConsentMapper::toView).toList());
    }

    @Description("Every consent decision, newest first.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<List<@NonNull ConsentView>> consentHistory(@Source CustomerView customer) {
        return Isolated.onOwnContext(() -> consents.history(UUID.fromString(customer.id())))
                .map(history -> history.stream().map(ConsentMapper::toView).toList());
    }
}
