package io.motiv.survey.survey.api.graphql;

import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.ValidationException;
import io.motiv.service.api.Roles;
import io.motiv.survey.survey.mapping.SurveyMapper;
import io.motiv.survey.survey.service.SurveyService;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.UUID;
import java.util.function.Function;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.3", _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class SurveyGraphQlApi {

    static final int MAX_PAGE = 100;

    private final SurveyService surveys;

    public SurveyGraphQlApi(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Query("survey")
    @Description("A survey by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<SurveyView> survey(@NonNull @Id String id) {
        // Root fields of one request (and _entities representations) run concurrently: each gets its own session.
        return withId("id", id, surveyId -> Isolated.onOwnContext(() -> surveys.findById(surveyId)));
    }

    @Query("surveys")
    @Description("Surveys, newest first; totalCount counts all.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<SurveyConnection> surveys(@DefaultValue("20") int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE));
        }
        return Uni.createFrom().item(() -> Cursors.offsetAfter(after))
                .chain(offset -> Isolated.onOwnContext(() -> surveys.page(offset, first)).map(page -> new SurveyConnection(page.total(),
                        Cursors.edges(offset, page.surveys(), SurveyMapper::toView, SurveyConnection.Edge::new),
                        Cursors.pageInfo(offset, page.surveys().size(), page.total()))));
    }

    @Mutation("createSurvey")
    @Description("Creates a DRAFT survey on an instrument.")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Uni<SurveyView> createSurvey(@NonNull String title, @NonNull @Id String instrumentId) {
        return withId("instrumentId", instrumentId, id -> surveys.create(title, id));
    }

    @Mutation("publishSurvey")
    @Description("Opens a DRAFT survey for responses; its instrument becomes frozen.")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Uni<SurveyView> publishSurvey(@NonNull @Id String id) {
        return withId("id", id, surveys::publish);
    }

    @Mutation("closeSurvey")
    @Description("Stops accepting responses.")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Uni<SurveyView> closeSurvey(@NonNull @Id String id) {
        return withId("id", id, surveys::close);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<SurveyView> resolveSurvey(@NonNull @Id String id) {
        return survey(id);
    }

    private static Uni<SurveyView> withId(String field, String id, Function<UUID, Uni<? extends io.motiv.survey.survey.Survey>> action) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid(field, id)))
                .chain(action::apply)
                .map(SurveyMapper::toView);
    }
}
