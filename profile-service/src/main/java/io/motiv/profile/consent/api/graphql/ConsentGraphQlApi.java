package io.motiv.profile.consent.api.graphql;

import java.util.function.Function;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import io.motiv.profile.consent.ConsentRecord;
import io.motiv.service.graphql.Batch;
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
    public Uni<List<List<@NonNull ConsentView>>> consents(@Source List<CustomerView> customers) {
        return histories(customers, history -> ConsentService.currentOf(history).values());
    }

    @Description("Every consent decision, newest first.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<List<List<@NonNull ConsentView>>> consentHistory(@Source List<CustomerView> customers) {
        return histories(customers, history -> history);
    }

    /** Per customer, in order: the records {@code pick} keeps of their history, as views; one statement for all. */
    private Uni<List<List<ConsentView>>> histories(List<CustomerView> customers,
                                                   Function<List<ConsentRecord>, Collection<ConsentRecord>> pick) {
        return Batch.of(customers, customer -> UUID.fromString(customer.id()),
                ids -> Isolated.onOwnContext(() -> consents.histories(ids)).map(found -> {
                    Map<UUID, List<ConsentView>> views = new HashMap<>();
                    ids.forEach(id -> views.put(id, pick.apply(found.getOrDefault(id, List.of())).stream()
                            .map(ConsentMapper::toView).toList()));
                    return views;
                }));
    }
}
