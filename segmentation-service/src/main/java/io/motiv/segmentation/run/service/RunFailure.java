package io.motiv.segmentation.run.service;

/** Why a run cannot produce segments, worded for the analyst who started it; the run ends FAILED with it. */
public class RunFailure extends RuntimeException {

    public RunFailure(String reason) {
        super(reason);
    }
}
