package io.motiv.segmentation.run.service;

import io.motiv.segmentation.run.RunReport;

import java.util.List;

/** Why a run cannot produce segments, worded for the analyst who started it; the run ends FAILED with it. */
public class RunFailure extends RuntimeException {

    private final transient List<RunReport.Candidate> candidates;

    public RunFailure(String reason) {
        this(reason, List.of());
    }

    /** @param candidates the per-k diagnostics computed before the run gave up, kept in its report */
    public RunFailure(String reason, List<RunReport.Candidate> candidates) {
        super(reason);
        this.candidates = List.copyOf(candidates);
    }

    public List<RunReport.Candidate> candidates() {
        return candidates;
    }
}
