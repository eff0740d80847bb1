package io.motiv.segmentation.run.service;

/** Where a running job is, and the question it asks between steps: should it stop? */
public interface RunProgress {

    RunProgress NONE = new RunProgress() {
        @Override
        public void report(double fraction, String step) {
        }

        @Override
        public void checkCancelled() {
        }
    };

    /** @param fraction 0..1 */
    void report(double fraction, String step);

    /** @throws java.util.concurrent.CancellationException when the run was cancelled */
    void checkCancelled();
}
