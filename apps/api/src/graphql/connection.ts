import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE, Page } from '@app/core';

@ObjectType({ description: 'Where a page sits in the whole list, and the cursors to read on from it.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items come before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first item's cursor; null for an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last item's cursor, to pass as `after` for the next page; null for an empty page." })
  endCursor: string | null;
}

/** Relay pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (0–${MAX_PAGE_SIZE}, default 20).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: 'An item on a page, with its cursor.' })
  class Edge {
    @Field({ description: "This item's place in the list: pass it as `after` to read on from here." })
    cursor: string;

    @Field(() => node, { description: 'The item.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge], { description: "The items on this page, in the list's order, each with its cursor." })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across every page.' })
    totalCount: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** Maps a service page to a connection, converting each item with `toNode`. */
export function toConnection<E, T>(page: Page<E>, toNode: (item: E) => T): ConnectionShape<T> {
  const edges = page.items.map((item, i) => ({ cursor: page.cursors[i], node: toNode(item) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
