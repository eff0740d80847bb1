package io.motiv.profile.customer.mapping;

import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.api.graphql.CustomerView;
import io.motiv.profile.customer.api.graphql.ExternalRefView;
import io.motiv.profile.customer.api.graphql.RegisterCustomerInput;
import io.motiv.profile.customer.service.RegisterCustomer;

public final class CustomerMapper {

    private CustomerMapper() {
    }

    public static CustomerView toView(Customer customer) {
        return customer == null ? null : new CustomerView(customer.id.toString(), customer.kind,
                new ExternalRefView(customer.externalSource, customer.externalRef), customer.createdAt,
                customer.updatedAt, customer.version);
    }

    public static RegisterCustomer toCommand(RegisterCustomerInput input) {
        return new RegisterCustomer(input.externalRef().source(), input.externalRef().ref(), input.kind());
    }
}
