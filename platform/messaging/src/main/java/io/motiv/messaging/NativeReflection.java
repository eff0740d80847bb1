package io.motiv.messaging;

import io.motiv.events.CloudEvent;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerAttributes;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.CustomerKind;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.CustomerUpdated;
import io.motiv.events.profile.ExternalRef;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.segmentation.RunStatus;
import io.motiv.events.segmentation.SegmentSummary;
import io.motiv.events.segmentation.SegmentationActivated;
import io.motiv.events.segmentation.SegmentationRunCompleted;
import io.motiv.events.survey.ResponseQuality;
import io.motiv.events.survey.ValueScores;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.events.valuation.SegmentValuated;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The event contract's records for a native executable: {@code EventCodec} maps them with its own Jackson mapper,
 * by reflection, which Quarkus cannot see (platform/events has no Quarkus dependency to annotate them itself).
 * Every service uses the outbox or the inbox, so registering them here covers all four. {@code NativeReflectionTest}
 * fails when an event type's payload (or a type inside it) is missing.
 */
@RegisterForReflection(targets = {
        CloudEvent.class,
        CustomerRegistered.class, ExternalRef.class, CustomerKind.class, CustomerAttributes.class,
        CustomerUpdated.class, ConsentChanged.class, ConsentPurpose.class, ConsentStatus.class, CustomerErased.class,
        PurchaseRecorded.class,
        ValuesProfileScored.class, ValueScores.class, ResponseQuality.class,
        SegmentationRunCompleted.class, RunStatus.class, SegmentSummary.class, SegmentationActivated.class,
        CustomerSegmentAssigned.class,
        SegmentValuated.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
