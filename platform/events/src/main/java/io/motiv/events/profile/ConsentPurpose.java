package io.motiv.events.profile;

public enum ConsentPurpose {
    /** Answering values surveys: explicit consent, since values answers can reveal beliefs (GDPR art. 9). */
    VALUES_SURVEY,
    /** Segmentation and tagging (profiling, GDPR art. 4(4)); an objection under art. 21 withdraws it. */
    PROFILING,
    MARKETING
}
