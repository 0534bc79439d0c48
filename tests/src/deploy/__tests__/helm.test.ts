import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { goTool, kubernetesSchemas } from '../../jest/tools';
import { REPO_ROOT } from '../../region/processes';

/**
 * The Helm chart (deploy/helm/expertpool) as the secretariat installs it (examples/region.yaml)
 * and as a member state installs its country alone (examples/member-state.yaml): `helm lint
 * --strict`, `helm template`, then `kubeconform -strict` against the Kubernetes schemas that
 * scripts/ensure-tools.mjs unpacked (offline), and what the rendered objects promise an
 * operator (docs/ARCHITECTURE.md §11.6).
 */
const CHART = join(REPO_ROOT, 'deploy', 'helm', 'expertpool');
const EXAMPLES = join(REPO_ROOT, 'deploy', 'helm', 'examples');

interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // The tests read what they need from each kind; the schemas checked the rest.
  spec?: any;
  data?: Record<string, string>;
}

const run = (tool: string, args: string[], input?: string) =>
  spawnSync(goTool(tool), args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

function template(valuesFile?: string, ...extra: string[]) {
  return run('helm', [
    'template',
    'expertpool',
    CHART,
    ...(valuesFile ? ['-f', join(EXAMPLES, valuesFile)] : []),
    ...extra,
  ]);
}

function render(valuesFile: string): { text: string; objects: K8sObject[] } {
  const result = template(valuesFile);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const objects = parseAllDocuments(result.stdout)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
  return { text: result.stdout, objects };
}

function kubeconform(manifests: string) {
  const { location, kubernetesVersion } = kubernetesSchemas();
  return run(
    'kubeconform',
    [
      '-strict',
      '-summary',
      '-kubernetes-version',
      kubernetesVersion,
      '-schema-location',
      location,
      '-',
    ],
    manifests,
  );
}

const named = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objects.map((o) => o.metadata.name)}`);
  return found;
};
const ofKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);

describe('deploy/helm/expertpool', () => {
  it.each(['region.yaml', 'member-state.yaml'])('passes helm lint --strict with %s', (values) => {
    const result = run('helm', ['lint', '--strict', CHART, '-f', join(EXAMPLES, values)]);
    expect(result.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(result.status).toBe(0);
  });

  it.each(['region.yaml', 'member-state.yaml'])(
    'renders %s into manifests kubeconform -strict finds valid',
    (values) => {
      const { text, objects } = render(values);
      const result = kubeconform(text);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(
        `${objects.length} resources found parsing stdin - Valid: ${objects.length}, Invalid: 0, Errors: 0, Skipped: 0`,
      );
      expect(result.status).toBe(0);
    },
  );

  it('has kubeconform refuse a manifest the schemas do not allow (validation is real)', () => {
    const { objects } = render('member-state.yaml');
    const deployment = ofKind(objects, 'Deployment')[0];
    deployment.spec.template.spec.containers[0].livenessProbe.httpGet.pathh = '/health';
    const result = kubeconform(JSON.stringify(deployment));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("additional properties 'pathh' not allowed");
  });

  it('refuses values the chart does not know, naming each (values.schema.json)', () => {
    const result = template(
      'member-state.yaml',
      '--set',
      'countries[0].code=XX',
      '--set',
      'gateway.replica=3',
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("at '/countries/0/code': value must be one of 'BN', 'KH'");
    expect(result.stderr).toContain("at '/gateway': additional properties 'replica' not allowed");
  });

  it('refuses to render without trusted identity providers', () => {
    const result = template();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('auth.issuers is empty');
  });

  it("installs the region: the gateway with probes, HPA, PDB and a registry of the region's countries", () => {
    const { objects } = render('region.yaml');
    const gateway = named(objects, 'Deployment', 'expertpool-gateway');
    const container = gateway.spec.template.spec.containers[0];
    expect(container.livenessProbe.httpGet.path).toBe('/health');
    expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(named(objects, 'HorizontalPodAutoscaler', 'expertpool-gateway').spec).toMatchObject({
      minReplicas: 2,
      scaleTargetRef: { kind: 'Deployment', name: 'expertpool-gateway' },
    });
    expect(named(objects, 'PodDisruptionBudget', 'expertpool-gateway').spec.minAvailable).toBe(1);
    const registry = JSON.parse(
      named(objects, 'ConfigMap', 'expertpool-gateway-registry').data!['registry.json'],
    ) as { region: { url: string }; countries: Record<string, { url: string }> };
    expect(registry.region.url).toBe('http://expertpool-region:4001/graphql');
    expect(Object.keys(registry.countries).sort()).toEqual(
      ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'].sort(),
    );
    expect(registry.countries.TH.url).toBe('http://expertpool-country-th:4001/graphql');
    // A member state that runs its own country is reached at its own HTTPS address.
    expect(registry.countries.MY.url).toBe('https://expertpool.jpa.gov.my/graphql');
    // TLS ends at the ingress, whose forwarded address the per-address limits charge.
    expect(named(objects, 'Ingress', 'expertpool-gateway').spec.tls[0].secretName).toBe(
      'expertpool-gateway-tls',
    );
    expect(container.env).toContainEqual({ name: 'TRUSTED_PROXIES', value: '10.244.0.0/16' });
  });

  it('serves the web app, told where browsers reach the gateway and sign in, from an origin the gateway allows', () => {
    const { objects } = render('region.yaml');
    const web = named(objects, 'Deployment', 'expertpool-web').spec.template.spec;
    expect(web.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 101 });
    expect(web.containers[0].env).toEqual([
      { name: 'GRAPHQL_URL', value: 'https://api.experts.example.asean.org/graphql' },
      { name: 'OIDC_AUTHORITY', value: 'https://login.secretariat.example.asean.org' },
      { name: 'OIDC_CLIENT_ID', value: 'expertpool-web' },
      { name: 'OIDC_SCOPE', value: 'openid' },
    ]);
    const ingress = named(objects, 'Ingress', 'expertpool-web').spec;
    expect(ingress.tls[0]).toEqual({
      hosts: ['experts.example.asean.org'],
      secretName: 'expertpool-web-tls',
    });
    const gatewayEnv = named(objects, 'Deployment', 'expertpool-gateway').spec.template.spec
      .containers[0].env as { name: string; value?: string }[];
    expect(gatewayEnv.find((e) => e.name === 'CORS_ORIGINS')?.value).toBe(
      `https://${ingress.rules[0].host}`,
    );
  });

  it('runs every service as a user, on a read-only root file system, with resource limits', () => {
    for (const values of ['region.yaml', 'member-state.yaml']) {
      const deployments = ofKind(render(values).objects, 'Deployment');
      expect(deployments.length).toBeGreaterThan(0);
      for (const d of deployments) {
        const pod = d.spec.template.spec;
        expect(pod.securityContext.runAsNonRoot).toBe(true);
        expect(pod.automountServiceAccountToken).toBe(false);
        for (const c of pod.containers) {
          expect(c.securityContext).toMatchObject({
            readOnlyRootFilesystem: true,
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
          });
          expect(c.resources.limits.memory).toBeDefined();
          expect(c.resources.requests.cpu).toBeDefined();
        }
      }
    }
  });

  it('installs one country alone for a member state, its database URI from its own Secret', () => {
    const { objects } = render('member-state.yaml');
    const deployments = ofKind(objects, 'Deployment');
    expect(deployments.map((d) => d.metadata.name)).toEqual(['expertpool-country-my']);
    expect(objects.some((o) => /gateway|region/.test(o.metadata.name))).toBe(false);
    const env = deployments[0].spec.template.spec.containers[0].env as {
      name: string;
      value?: string;
      valueFrom?: { secretKeyRef: { name: string; key: string } };
    }[];
    expect(env.find((e) => e.name === 'MONGODB_URI')?.valueFrom?.secretKeyRef).toEqual({
      name: 'expertpool-country-my-mongodb',
      key: 'uri',
    });
    expect(env.find((e) => e.name === 'COUNTRY')?.value).toBe('MY');
    expect(env.find((e) => e.name === 'SEED_EXPERTS')?.value).toBe('0');
    // The secretariat's public key is mounted where issuers.json's publicKeyFile points.
    const volume = deployments[0].spec.template.spec.volumes.find(
      (v: { name: string }) => v.name === 'issuers',
    );
    expect(volume.configMap.items).toEqual(
      expect.arrayContaining([{ key: 'key-secretariat.pem', path: 'keys/secretariat.pem' }]),
    );
    const issuers = JSON.parse(
      named(objects, 'ConfigMap', 'expertpool-issuers').data!['issuers.json'],
    ) as { issuers: Record<string, { publicKeyFile?: string }> };
    expect(issuers.issuers['https://sso.example.asean.org'].publicKeyFile).toBe(
      'keys/secretariat.pem',
    );
  });

  it("lets a country's database accept its own subgraph alone, and the country the gateway", () => {
    const { objects } = render('region.yaml');
    const th = { 'app.kubernetes.io/component': 'country', 'expertpool.asean.org/country': 'th' };
    const db = named(objects, 'NetworkPolicy', 'expertpool-country-th-mongodb').spec;
    expect(db.podSelector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'mongodb',
      'expertpool.asean.org/database': 'th',
    });
    expect(db.ingress).toHaveLength(1);
    expect(db.ingress[0].from).toEqual([
      { podSelector: { matchLabels: expect.objectContaining(th) } },
    ]);
    const country = named(objects, 'NetworkPolicy', 'expertpool-country-th').spec;
    expect(country.podSelector.matchLabels).toEqual(expect.objectContaining(th));
    expect(country.ingress[0].from).toEqual([
      {
        podSelector: {
          matchLabels: expect.objectContaining({ 'app.kubernetes.io/component': 'gateway' }),
        },
      },
    ]);
    // Its way out: DNS, its own database, HTTPS for the identity providers' keys.
    const egressPorts = country.egress.map((e: { ports: { port: number }[] }) =>
      e.ports.map((p) => p.port),
    );
    expect(egressPorts).toEqual([[53, 53], [27017], [443]]);
  });
});
