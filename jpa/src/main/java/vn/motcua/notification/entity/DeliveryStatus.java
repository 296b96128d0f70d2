package vn.motcua.notification.entity;

/** PENDING until sent, or until the attempts run out (FAILED); an administrator may try a FAILED one again. */
public enum DeliveryStatus { PENDING, SENT, FAILED }
