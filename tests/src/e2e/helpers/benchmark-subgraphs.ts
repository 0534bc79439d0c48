import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';

/**
 * Small federated graphs for plain-mode tests that have nothing to do with experts (issue 9,
 * finding 7): the four subgraphs of the public graphql-gateways-benchmark (accounts, inventory,
 * products, reviews: the schema of Apollo's federation demo), with data of our own, and a
 * one-subgraph graph of accounts with nested `similarAccounts` lists and no pagination arguments.
 */
export interface Subgraph {
  name: string;
  typeDefs: string;
  resolvers: GraphQLResolverMap<unknown>;
}

const FED = (imports: string[]) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ${JSON.stringify(imports)})`;

interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}
interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
  inStock: boolean;
}
interface Review {
  id: string;
  body: string;
  upc: string;
  authorId: string;
}

const USERS: User[] = ['Ana Reyes', 'Budi Santoso', 'Chai Wong', 'Dara Sok', 'Eka Putri'].map(
  (name, i) => ({
    id: String(i + 1),
    name,
    username: name.split(' ')[0].toLowerCase(),
    birthday: 1_000_000_000 + i * 86_400,
  }),
);
const PRODUCTS: Product[] = [
  ['Desk', 420, 30],
  ['Lamp', 35, 2],
  ['Chair', 150, 9],
  ['Shelf', 90, 25],
  ['Rug', 1200, 12],
  ['Clock', 25, 1],
  ['Sofa', 2400, 60],
].map(([name, price, weight], i) => ({
  upc: String(i + 1),
  name: String(name),
  price: Number(price),
  weight: Number(weight),
  inStock: i % 3 !== 1,
}));
/** Reviews of the first products by the first users, with bodies of a few hundred bytes. */
const REVIEWS: Review[] = Array.from({ length: 12 }, (_, i) => ({
  id: String(i + 1),
  body: `Review ${i + 1}: ${'sturdy, well made and delivered on time. '.repeat(1 + (i % 4))}`,
  upc: String((i % 5) + 1),
  authorId: String((i % 4) + 1),
}));

const byKey = <T, K extends keyof T>(rows: T[], key: K, value: unknown) =>
  rows.find((row) => row[key] === value);

export const BENCHMARK_SUBGRAPHS: Subgraph[] = [
  {
    name: 'accounts',
    typeDefs: `${FED(['@key', '@shareable'])}
      type Query { me: User user(id: ID!): User users: [User] }
      type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }`,
    resolvers: {
      Query: {
        me: () => USERS[0],
        user: (_: unknown, { id }: { id: string }) => byKey(USERS, 'id', id),
        users: () => USERS,
      },
      User: { __resolveReference: ({ id }: { id: string }) => byKey(USERS, 'id', id) },
    },
  },
  {
    name: 'inventory',
    typeDefs: `${FED(['@key', '@external', '@requires'])}
      type Product @key(fields: "upc") {
        upc: String! weight: Int @external price: Int @external
        inStock: Boolean shippingEstimate: Int @requires(fields: "price weight")
      }`,
    resolvers: {
      Product: {
        __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({
          ...ref,
          inStock: byKey(PRODUCTS, 'upc', ref.upc)?.inStock,
        }),
        // Free above 1000, else half the weight (rounded down).
        shippingEstimate: ({ price, weight }: { price?: number; weight?: number }) =>
          price === undefined || weight === undefined
            ? null
            : price > 1000
              ? 0
              : Math.floor(weight / 2),
      },
    },
  },
  {
    name: 'products',
    typeDefs: `${FED(['@key'])}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`,
    resolvers: {
      Query: {
        topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, first),
      },
      Product: { __resolveReference: ({ upc }: { upc: string }) => byKey(PRODUCTS, 'upc', upc) },
    },
  },
  {
    name: 'reviews',
    typeDefs: `${FED(['@key', '@external', '@provides'])}
      type Review @key(fields: "id") {
        id: ID! body: String product: Product author: User @provides(fields: "username")
      }
      type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }
      type Product @key(fields: "upc") { upc: String! reviews: [Review] }`,
    resolvers: {
      Review: {
        __resolveReference: ({ id }: { id: string }) => byKey(REVIEWS, 'id', id),
        product: (review: Review) => ({ upc: review.upc }),
        author: (review: Review) => {
          const user = byKey(USERS, 'id', review.authorId)!;
          return { id: user.id, username: user.username };
        },
      },
      User: { reviews: ({ id }: { id: string }) => REVIEWS.filter((r) => r.authorId === id) },
      Product: { reviews: ({ upc }: { upc: string }) => REVIEWS.filter((r) => r.upc === upc) },
    },
  },
];

/** The query the graphql-gateways-benchmark sends: four levels of lists, no pagination. */
export const BENCHMARK_QUERY = /* GraphQL */ `
  fragment User on User {
    id
    username
    name
  }
  fragment Review on Review {
    id
    body
  }
  fragment Product on Product {
    inStock
    name
    price
    shippingEstimate
    upc
    weight
  }
  query TestQuery {
    users {
      ...User
      reviews {
        ...Review
        product {
          ...Product
          reviews {
            ...Review
            author {
              ...User
              reviews {
                ...Review
                product {
                  ...Product
                }
              }
            }
          }
        }
      }
    }
    topProducts {
      ...Product
      reviews {
        ...Review
        author {
          ...User
          reviews {
            ...Review
            product {
              ...Product
            }
          }
        }
      }
    }
  }
`;

const ACCOUNTS = ['Ana', 'Budi', 'Chai', 'Dara', 'Eka', 'Farid'].map((name, i) => ({
  id: `a${i}`,
  name,
}));

export const SIMILAR_ACCOUNTS_SUBGRAPHS: Subgraph[] = [
  {
    name: 'accounts',
    typeDefs: `${FED(['@key'])}
      type Query { accounts: [Account!]! }
      type Account @key(fields: "id") { id: ID! name: String! similarAccounts: [Account!]! }`,
    resolvers: {
      Query: { accounts: () => ACCOUNTS },
      Account: {
        // The next two accounts round the list: every account has two similar ones.
        similarAccounts: ({ id }: { id: string }) => {
          const i = ACCOUNTS.findIndex((a) => a.id === id);
          return [1, 2].map((d) => ACCOUNTS[(i + d) % ACCOUNTS.length]);
        },
      },
    },
  },
];

/** A three-level nested list without pagination arguments. */
export const SIMILAR_ACCOUNTS_QUERY =
  '{ accounts { similarAccounts { similarAccounts { name } } } }';

export interface RunningSubgraphs {
  /** Subgraphs with the URL each one listens on, for composition. */
  served: { name: string; url: string; typeDefs: string }[];
  stop(): Promise<void>;
}

/** Each subgraph its own Apollo server on 127.0.0.1. */
export async function startSubgraphs(subgraphs: Subgraph[]): Promise<RunningSubgraphs> {
  const servers: ApolloServer[] = [];
  const served: RunningSubgraphs['served'] = [];
  for (const subgraph of subgraphs) {
    const server = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: parse(subgraph.typeDefs),
        resolvers: subgraph.resolvers,
      }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    servers.push(server);
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    served.push({ name: subgraph.name, url, typeDefs: subgraph.typeDefs });
  }
  return { served, stop: async () => void (await Promise.all(servers.map((s) => s.stop()))) };
}
