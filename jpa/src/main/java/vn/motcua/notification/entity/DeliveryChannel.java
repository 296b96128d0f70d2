package vn.motcua.notification.entity;

/** The medium of one delivery: a plain-text e-mail or an SMS. */
public enum DeliveryChannel { EMAIL, SMS }
