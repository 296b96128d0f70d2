package vn.motcua.rating.entity;

/** Where a rating was given: the touch screen at the desk, the link sent to the applicant, or the public API. */
public enum RatingChannel {
    KIOSK,
    LINK,
    API
}
