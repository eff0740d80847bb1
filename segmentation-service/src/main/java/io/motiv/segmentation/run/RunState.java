package io.motiv.segmentation.run;

import org.eclipse.microprofile.graphql.Name;

@Name("SegmentationRunStatus")
public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
