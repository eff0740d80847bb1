package io.motiv.segmentation.run.api.graphql;

import io.motiv.segmentation.activation.service.ActivationService;
import io.motiv.segmentation.comparison.service.RunComparison;
import io.motiv.segmentation.comparison.service.RunComparisonService;
import io.motiv.segmentation.run.service.RunService;
import io.motiv.segmentation.segmentation.api.graphql.SegmentationView;
import io.motiv.segmentation.segmentation.mapping.SegmentationMapper;
import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.PageInfo;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@GraphQLApi
public class RunGraphQlApi {

    static final int MAX_PAGE = 100;

    private final RunService runs;
    private final ActivationService activation;
    private final RunComparisonService comparison;

    public RunGraphQlApi(RunService runs, ActivationService activation, RunComparisonService comparison) {
        this.runs = runs;
        this.activation = activation;
        this.comparison = comparison;
    }

    @Mutation("startSegmentationRun")
    @Description("Queues a run; poll segmentationRun(id) for progress. Errors: VALIDATION (k < 2, kMax < kMin,"
            + " k above the maximum, restarts outside 1..100, malformed seed), NOT_FOUND (segmentation). Problems only"
            + " the data shows (too few customers, constant or non-finite features) end the run FAILED with a reason.")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public SegmentationRunView startSegmentationRun(@NonNull StartSegmentationRunInput input) {
        return RunMapper.toView(runs.start(RunMapper.toCommand(input)));
    }

    @Mutation("cancelSegmentationRun")
    @Description("Cancels a queued run at once, a running one at its next check (seconds). Errors: NOT_FOUND,"
            + " CONFLICT (the run has ended).")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public SegmentationRunView cancelSegmentationRun(@NonNull @Id String runId) {
        return RunMapper.toView(runs.cancel(id("runId", runId)));
    }

    @Mutation("activateRun")
    @Description("Makes a succeeded run's segments the segmentation's current ones and tags every consenting member"
            + " (CustomerSegmentAssigned events, then SegmentationActivated). Activating the active run again is a"
            + " no-op. Errors: NOT_FOUND, CONFLICT (the run did not succeed).")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public SegmentationView activateRun(@NonNull @Id String runId) {
        return SegmentationMapper.toView(activation.activate(id("runId", runId)));
    }

    @Query("segmentationRun")
    @Description("A run by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentationRunView segmentationRun(@NonNull @Id String id) {
        return runs.find(id("id", id)).map(RunMapper::toView).orElse(null);
    }

    @Query("compareRuns")
    @Description("How the segments of two succeeded runs relate: adjusted Rand index and migration matrix over the"
            + " customers both placed. Errors: NOT_FOUND, CONFLICT (a run without segments).")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public RunComparison compareRuns(@NonNull @Id String runA, @NonNull @Id String runB) {
        return comparison.compare(id("runA", runA), id("runB", runB));
    }

    @Description("The segmentation's runs, newest first.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentationRunConnection runs(@Source SegmentationView segmentation, @DefaultValue("20") int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw new ValidationException("first", "must be 1-" + MAX_PAGE);
        }
        int offset = Cursors.offsetAfter(after);
        RunService.Page page = runs.page(UUID.fromString(segmentation.id()), offset, first);
        List<SegmentationRunConnection.Edge> edges = new ArrayList<>();
        for (int i = 0; i < page.runs().size(); i++) {
            edges.add(new SegmentationRunConnection.Edge(Cursors.after(offset + i), RunMapper.toView(page.runs().get(i))));
        }
        return new SegmentationRunConnection(page.total(), edges, new PageInfo(offset + edges.size() < page.total(),
                edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    @Description("The active run, or null until one is activated.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentationRunView activeRun(@Source SegmentationView segmentation) {
        return segmentation.activeRunId() == null ? null
                : runs.find(UUID.fromString(segmentation.activeRunId())).map(RunMapper::toView).orElse(null);
    }

    private static UUID id(String field, String value) {
        return UUID.fromString(Ids.requireValid(field, value));
    }
}
