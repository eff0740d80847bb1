package io.motiv.events.segmentation;

public enum RunStatus {
    SUCCEEDED,
    FAILED,
    CANCELLED
}
