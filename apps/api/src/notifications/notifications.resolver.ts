import { Args, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@app/core';
import { NotificationsService } from '@app/notifications';
import { SignedIn } from '../access/access.decorators';
import { Connection, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { MarkNotificationsReadInput, MyNotificationsFilterInput, SetNotificationPreferenceInput } from './notifications.input';
import {
  MarkNotificationsReadPayload,
  NotificationModel,
  NotificationPreferenceModel,
  SetNotificationPreferencePayload,
} from './notifications.model';

@ObjectType('NotificationConnection', { description: 'A page of your notifications.' })
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first." })
  async myNotifications(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => MyNotificationsFilterInput, nullable: true, description: 'Which notifications to list.' }) filter?: MyNotificationsFilterInput,
  ): Promise<NotificationConnection> {
    return toConnection(await this.notifications.mine(actor, filter ?? {}, page), NotificationModel.from);
  }

  @SignedIn()
  @Query(() => Int, { description: "How many of the caller's notifications are unread." })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @SignedIn()
  @Query(() => [NotificationPreferenceModel], { description: 'How the caller hears about each kind of notification.' })
  async notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceModel[]> {
    return (await this.notifications.preferences(actor)).map(NotificationPreferenceModel.from);
  }

  @SignedIn()
  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some, or all, of your notifications read.' })
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('input', { description: 'Which notifications to mark read.' }) input: MarkNotificationsReadInput): Promise<MarkNotificationsReadPayload> {
    const result = await this.notifications.markRead(actor, input);
    return Object.assign(new MarkNotificationsReadPayload(), { marked: result.marked, unreadCount: result.unread });
  }

  @SignedIn()
  @Mutation(() => SetNotificationPreferencePayload, { description: 'Chooses how you hear about one kind of notification: email now, weekly digest or in the app only.' })
  async setNotificationPreference(@CurrentActor() actor: Actor, @Args('input', { description: 'The kind, your choice and the version you last read.' }) input: SetNotificationPreferenceInput): Promise<SetNotificationPreferencePayload> {
    const preference = await this.notifications.setPreference(actor, input);
    return Object.assign(new SetNotificationPreferencePayload(), { preference: NotificationPreferenceModel.from(preference) });
  }
}
