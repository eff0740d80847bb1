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
import io.motiv.profile.consent.service.RecordConsent;
import io.motiv.service.api.ApiException;
import io.motiv.service.api.Bulk;
import io.motiv.service.api.Ids;
import io.motiv.service.api.ItemError;
import io.motiv.service.api.ValidationException;
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

import java.util.ArrayList;
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

    @Mutation("recordConsents")
    @Description("Records up to 1,000 consent decisions in one transaction, each as recordConsent would (the same errors per item: VALIDATION, NOT_FOUND), in input order. A failed item records nothing and does not stop the others.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<RecordConsentsPayload> recordConsents(@NonNull List<@NonNull RecordConsentInput> inputs) {
        try {
            Bulk.requireSize(inputs, "decisions");
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        Bulk.Parsed<RecordConsent> parsed = Bulk.parse(inputs, ConsentMapper::toCommand);
        return consents.recordAll(parsed.commands(), false).map(outcomes -> {
            List<RecordConsentsPayload.Result> results = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                ApiException failure = parsed.failure(i, outcomes.get(i) == null ? null : outcomes.get(i).failure());
                results.add(failure != null ? new RecordConsentsPayload.Result(i, null, ItemError.of(failure))
                        : new RecordConsentsPayload.Result(i, ConsentMapper.toView(outcomes.get(i).record()), null));
            }
            int failed = (int) results.stream().filter(result -> result.error() != null).count();
            return new RecordConsentsPayload(results.size() - failed, failed, results);
        });
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
