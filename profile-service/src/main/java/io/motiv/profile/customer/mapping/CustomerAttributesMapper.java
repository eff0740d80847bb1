package io.motiv.profile.customer.mapping;

import io.motiv.events.profile.CustomerAttributes;
import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.profile.AgeBand;

import java.time.LocalDate;

/** The segmentable, non-identifying view of a customer that travels in events. */
public final class CustomerAttributesMapper {

    private CustomerAttributesMapper() {
    }

    public static CustomerAttributes of(Customer customer, LocalDate today) {
        AgeBand ageBand = customer.ageBand(today);
        return new CustomerAttributes(name(ageBand), name(customer.gender), name(customer.incomeBand),
                name(customer.education), name(customer.maritalStatus), customer.householdSize, customer.country,
                customer.region, name(customer.urbanity), customer.industry, name(customer.companySizeBand),
                customer.employees, customer.annualRevenue, name(customer.preferredChannel),
                name(customer.digitalEngagement));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
