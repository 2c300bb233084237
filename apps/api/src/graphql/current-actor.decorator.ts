import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '@app/core';
import { GraphQLContext } from './context';
import { Loaders } from './loaders';

/** The caller, as established by `actorFromRequest`. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(ctx).getContext<GraphQLContext>().actor;
  if (actor instanceof Error) throw actor;
  return actor;
});

/** This request's DataLoaders. */
export const RequestLoaders = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Loaders => GqlExecutionContext.create(ctx).getContext<GraphQLContext>().loaders,
);
