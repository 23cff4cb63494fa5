import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSaveProperty } from '../../features/listings/api.ts';
import { PropertyForm } from '../../features/listings/PropertyForm.tsx';
import { useUser } from '../../lib/auth.tsx';
import { useProperty } from '../../lib/queries.ts';

/** "List your place": a new property. */
export function NewPropertyPage() {
  const navigate = useNavigate();
  const save = useSaveProperty(undefined);
  const { t } = useTranslation('app');
  return (
    <div className="page narrow">
      <Link to="/host/properties" className="muted">
        {t('listings.backToListings')}
      </Link>
      <h1>{t('listings.newTitle')}</h1>
      <PropertyForm
        submitLabel={t('listings.publish')}
        saving={save.isPending}
        error={save.error}
        onSave={(input) =>
          save.mutate(input, { onSuccess: () => void navigate('/host/properties') })
        }
      />
    </div>
  );
}

/** One of the host's properties, to change; anyone else's is not found. */
export function EditPropertyPage() {
  const { id = '' } = useParams();
  const me = useUser();
  const navigate = useNavigate();
  const property = useProperty(id);
  const save = useSaveProperty(id);
  const { t } = useTranslation(['app', 'common']);
  const p = property.data;
  if (property.isError || (p && p.host_id !== me.id)) {
    return (
      <div className="page narrow">
        <h1>{t('listings.notFound')}</h1>
        <Link to="/host/properties" className="button secondary">
          {t('listings.backToYourListings')}
        </Link>
      </div>
    );
  }
  if (!p) return <div className="page narrow" aria-busy="true" />;
  return (
    <div className="page narrow">
      <Link to="/host/properties" className="muted">
        {t('listings.backToListings')}
      </Link>
      <h1>{t('listings.editTitle', { title: p.title })}</h1>
      <PropertyForm
        key={p.id}
        property={p}
        submitLabel={t('common:saveChanges')}
        saving={save.isPending}
        error={save.error}
        onSave={(input) =>
          save.mutate(input, { onSuccess: () => void navigate('/host/properties') })
        }
      />
    </div>
  );
}
