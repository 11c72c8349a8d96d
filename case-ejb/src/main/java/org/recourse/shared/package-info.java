/**
 * What every feature shares and no feature owns: the role names, validation, domain exceptions,
 * settings, the application clock ({@link org.recourse.shared.ClockProducer}), CSV writing and
 * sending one mail ({@link org.recourse.shared.Mailer}). It depends on no feature.
 */
package org.recourse.shared;
