package vn.motcua.catalog.boundary;

import vn.motcua.catalog.entity.ReleaseStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A release as lists show it. It applies from effectiveFrom up to the day before supersededFrom. */
public record ReleaseSummaryDto(String code, String name, String decisionNumber, LocalDate decisionDate,
                                ReleaseStatus status, LocalDate effectiveFrom, LocalDate supersededFrom,
                                String supersededBy, long procedureCount) implements Serializable {
}
