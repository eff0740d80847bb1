package io.motiv.survey.customer.api.graphql;

import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.graphql.Batch;
import io.motiv.survey.customer.service.CustomerValuesService;
import io.motiv.survey.response.api.graphql.SurveyResponseView;
import io.motiv.survey.response.api.graphql.ValuesProfileView;
import io.motiv.survey.response.mapping.ResponseMapper;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Adds a customer's values to profile-service's Customer. Values answers can reveal beliefs (GDPR art. 9): an
 * individual's profile is for stewards and admins; everyone else works with segments and population statistics.
 */
@GraphQLApi
public class CustomerValuesGraphQlApi {

    private static final int MAX_PAGE = 100;

    private final CustomerValuesService values;

    public CustomerValuesGraphQlApi(CustomerValuesService values) {
        this.values = values;
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public CustomerRef resolveCustomer(@NonNull @Id String id) {
        return new CustomerRef(id);
    }

    @Description("The customer's latest values profile that is not flagged for quality; null when there is none.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<List<ValuesProfileView>> valuesProfile(@Source List<CustomerRef> customers) {
        // One statement for every customer of the request (a batch resolver); a malformed id fails only its own field.
        return Batch.of(customers, CustomerValuesGraphQlApi::customerId, ids -> Isolated.onOwnContext(() -> values.latestValidProfiles(ids))
                .map(found -> Batch.mapValues(found, ResponseMapper::toProfile)));
    }

    @Description("The customer's survey responses, newest first, flagged ones included.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<SurveyResponseConnection> surveyResponses(@Source CustomerRef customer, @DefaultValue("20") int first,
                                                         String after) {
        if (first < 1 || first > MAX_PAGE) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE));
        }
        return Uni.createFrom().item(() -> customerId(customer))
                .chain(id -> {
                    int offset = Cursors.offsetAfter(after);
                    return Isolated.onOwnContext(() -> values.responses(id, offset, first)).map(page -> {
                        List<SurveyResponseConnection.Edge> edges = new ArrayList<>();
                        for (int i = 0; i < page.responses().size(); i++) {
                            SurveyResponseView node = ResponseMapper.toView(page.responses().get(i));
                            edges.add(new SurveyResponseConnection.Edge(Cursors.after(offset + i), node));
                        }
                        boolean more = offset + edges.size() < page.total();
                        String end = edges.isEmpty() ? null : edges.getLast().cursor();
                        return new SurveyResponseConnection(page.total(), edges, new io.motiv.service.api.PageInfo(more, end));
                    });
                });
    }

    private static UUID customerId(CustomerRef customer) {
        return UUID.fromString(Ids.requireValid("id", customer.id()));
    }
}
