package vn.motcua.lookup.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a citizen sees of their dossier: its code and procedure, the applicant's masked name, the
 * dates, where it is now (agency names) and where to collect the result, and the timeline. Nothing
 * else personal: no identity number, phone, address or internal note. Once the result is collected,
 * the token of the satisfaction-rating link (the code and PIN were right to get here), else null.
 */
public record DossierStatusDto(String code, String procedure, String applicant, Instant receivedAt,
                               Instant appointmentAt, String status, List<String> handledBy, String collectAt,
                               String collectAddress, List<String> toBring, List<TimelineEntryDto> timeline,
                               String ratingToken)
        implements Serializable {
}
