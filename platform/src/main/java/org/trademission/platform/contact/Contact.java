package org.trademission.platform.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.trademission.platform.validation.Phone;

/** A person to talk to at a company (exporter or buyer). */
public record Contact(@NotBlank @Size(max = 200) String name, @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @Phone String phone) {
}
