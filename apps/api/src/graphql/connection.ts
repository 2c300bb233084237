import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE, Page } from '@app/core';

@ObjectType({ description: 'Where a page sits in its list: whether there is more either side, and the cursors to ask for it.' })
export class PageInfo {
  @Field({ description: 'True when items follow this page (ask with first and after: endCursor).' })
  hasNextPage: boolean;

  @Field({ description: 'True when items come before this page (ask with last and before: startCursor).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first item's cursor; null on an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last item's cursor; null on an empty page." })
  endCursor: string | null;
}

/**
 * Relay pagination arguments shared by every list. Cursors name a position in the list's order
 * (its sort key and id), so items added or removed between fetches are neither skipped nor repeated.
 */
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

  @Field(() => Int, { nullable: true, description: `How many items to return from the end of the list, or from just before "before" (0–${MAX_PAGE_SIZE}); not with "first".` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor (paging backwards).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  before?: string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Read (and so counted) by GraphQL only when the client asks for it: the count is a statement of its own. */
  readonly totalCount: Promise<number>;
}

/** The name a node type has in the schema (its GraphQL name, which carries no `Model` suffix). */
function schemaName(node: Type<unknown>): string {
  return node.name.replace(/Model$/, '');
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T>(node: Type<T>, name = schemaName(node)): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One item of a list of ${name} items, with its cursor.` })
  class Edge {
    @Field({ description: "This item's position in the list, to pass as after or before." })
    cursor: string;

    @Field(() => node, { description: 'The item.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in the list order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether there are more items either side of this page.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (with its filter), across all pages.' })
    totalCount: Promise<number>;
  }
  return ConnectionType;
}

/** Maps a service page to a connection, converting each item with `toNode`. */
export function toConnection<E, T>(page: Page<E>, toNode: (item: E) => T): ConnectionShape<T> {
  const edges = page.items.map((item, i) => ({ cursor: page.cursors[i], node: toNode(item) }));
  return {
    edges,
    // A getter: the count runs only if GraphQL reads the field.
    get totalCount() {
      return page.totalCount();
    },
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
