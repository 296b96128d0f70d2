package vn.motcua.queue.boundary;

/**
 * What a kiosk asks: the desk, the kiosk's id, the signed request token the page was given, the group's
 * letter and an optional priority category (code of the PRIORITY reference list).
 */
public record KioskRequestDto(String desk, String kiosk, String token, String prefix, String priorityCode) {
}
