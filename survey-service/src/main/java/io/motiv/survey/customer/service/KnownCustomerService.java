package io.motiv.survey.customer.service;

import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.survey.customer.repository.KnownCustomerRepository;
import io.motiv.survey.response.repository.SurveyResponseRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Applies customer facts from profile-service; each method runs inside the inbox transaction of its event. */
@ApplicationScoped
public class KnownCustomerService {

    private final KnownCustomerRepository customers;
    private final SurveyResponseRepository responses;

    public KnownCustomerService(KnownCustomerRepository customers, SurveyResponseRepository responses) {
        this.customers = customers;
        this.responses = responses;
    }

    public Uni<Void> registered(CustomerRegistered event) {
        return customers.findOrCreate(UUID.fromString(event.customerId()))
                .invoke(customer -> {
                    if (!customer.isErased()) {
                        customer.externalSource = event.externalRef().source();
                        customer.externalRef = event.externalRef().ref();
                    }
                })
                .replaceWithVoid();
    }

    /** Keeps the newest VALUES_SURVEY decision; other purposes do not concern this service. */
    public Uni<Void> consentChanged(ConsentChanged event) {
        if (event.purpose() != ConsentPurpose.VALUES_SURVEY) {
            return Uni.createFrom().voidItem();
        }
        return customers.findOrCreate(UUID.fromString(event.customerId()))
                .invoke(customer -> {
                    boolean newer = customer.consentChangedAt == null || !event.changedAt().isBefore(customer.consentChangedAt);
                    if (!customer.isErased() && newer) {
                        customer.valuesSurveyConsent = event.status();
                        customer.consentChangedAt = event.changedAt();
                    }
                })
                .replaceWithVoid();
    }

    /** Deletes the customer's responses and profiles and forgets everything but the id (GDPR art. 17). */
    public Uni<Void> erased(CustomerErased event) {
        UUID customerId = UUID.fromString(event.customerId());
        return responses.deleteByCustomer(customerId)
                .chain(() -> customers.findOrCreate(customerId))
                .invoke(customer -> {
                    customer.externalSource = null;
                    customer.externalRef = null;
                    customer.valuesSurveyConsent = null;
                    customer.consentChangedAt = null;
                    customer.erasedAt = event.erasedAt();
                })
                .replaceWithVoid();
    }
}
